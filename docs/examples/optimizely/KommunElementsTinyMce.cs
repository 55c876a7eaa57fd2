// Optimizely CMS 12/13: the TinyMCE settings of docs/examples/tinymce-config.js, for every XHTML property.
// In Program.cs/Startup.cs, after AddCms(): services.AddKommunElementsTinyMce();
using EPiServer.Cms.TinyMce.Core;
using Microsoft.Extensions.DependencyInjection;

public static class KommunElementsTinyMce
{
    public static IServiceCollection AddKommunElementsTinyMce(this IServiceCollection services) =>
        services.Configure<TinyMceConfiguration>(config =>
        {
            config.Default()
                // The "Source code" (Källkod) button, where editors paste the snippets.
                .AddPlugin("code")
                .AppendToolbar("code")
                .AddSetting("custom_elements", "goal-list,goal-card,success-factors,contact-status,page-feedback")
                .AddSetting("extended_valid_elements", string.Join(",",
                    "goal-list[goals|src|heading-level|summary|layout|i18n|lang|dir]",
                    "goal-card[goal|heading-level|i18n|lang|dir]",
                    "success-factors[factors|src|heading|heading-level|intro|layout|i18n|lang|dir]",
                    "contact-status[name|phone|email|hours|src|time-zone|contact|heading-level|i18n|lang|dir]",
                    "page-feedback[endpoint|page|comment|max-length|contact-href|analytics|heading-level|i18n|lang|dir]"))
                .AddSetting("convert_urls", false);
        });
}
