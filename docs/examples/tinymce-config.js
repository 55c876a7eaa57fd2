// TinyMCE settings that keep kommun-elements intact (Optimizely/Episerver, or TinyMCE anywhere else).
// Shown in docs/editors.md and used as-is by test/editors.test.ts.

/** The tags and the attributes each one may keep. */
const elements = [
  'goal-list[goals|src|heading-level|summary|layout|i18n|lang|dir]',
  'goal-card[goal|heading-level|i18n|lang|dir]',
  'success-factors[factors|src|heading|heading-level|intro|layout|i18n|lang|dir]',
  'contact-status[name|phone|email|hours|src|time-zone|contact|heading-level|i18n|lang|dir]',
  'page-feedback[endpoint|page|comment|max-length|contact-href|analytics|heading-level|i18n|lang|dir]',
];

export const tinymceSettings = {
  // Block-level custom elements (no "~"): they may hold paragraphs and lists as fallback content.
  custom_elements: 'goal-list,goal-card,success-factors,contact-status,page-feedback',
  extended_valid_elements: elements.join(','),
  // Keep src="/files/…" and links exactly as typed (TinyMCE would make them relative to the editor's page).
  convert_urls: false,
};

// Only where every editor may run scripts on the site: this also keeps <script type="application/json">
// children, but TinyMCE cannot limit it to that type (a <script type="text/javascript"> survives too).
export const scriptChildSettings = {
  ...tinymceSettings,
  extended_valid_elements: `${tinymceSettings.extended_valid_elements},script[type]`,
};
