// CKEditor 5 settings that keep kommun-elements intact (Drupal, or any CKEditor 5 with General HTML Support).
// Shown in docs/editors.md and used as-is by test/editors.test.ts.

// Drupal: the text format's "Manually editable HTML tags" (Source editing plugin). Drupal itself allows
// lang and dir on every tag, and turns this list into General HTML Support rules for CKEditor 5.
export const manuallyEditableHtmlTags =
  '<goal-list goals src heading-level summary layout i18n> <goal-card goal heading-level i18n> <success-factors factors src heading heading-level intro layout i18n> <contact-status name phone email hours src time-zone contact heading-level i18n> <page-feedback endpoint page comment max-length contact-href analytics heading-level i18n>';

// CKEditor 5 elsewhere: the editor's `htmlSupport` setting (with the GeneralHtmlSupport plugin).
// `$customElement` switches CKEditor's custom-element support on; without it CKEditor 5 drops these tags
// however they are listed. In Drupal the kommun_elements module adds it.
export const htmlSupport = {
  allow: [
    { name: '$customElement' },
    { name: 'goal-list', attributes: ['goals', 'src', 'heading-level', 'summary', 'layout', 'i18n', 'lang', 'dir'] },
    { name: 'goal-card', attributes: ['goal', 'heading-level', 'i18n', 'lang', 'dir'] },
    {
      name: 'success-factors',
      attributes: ['factors', 'src', 'heading', 'heading-level', 'intro', 'layout', 'i18n', 'lang', 'dir'],
    },
    {
      name: 'contact-status',
      attributes: ['name', 'phone', 'email', 'hours', 'src', 'time-zone', 'contact', 'heading-level', 'i18n', 'lang', 'dir'],
    },
    {
      name: 'page-feedback',
      attributes: ['endpoint', 'page', 'comment', 'max-length', 'contact-href', 'analytics', 'heading-level', 'i18n', 'lang', 'dir'],
    },
  ],
};
