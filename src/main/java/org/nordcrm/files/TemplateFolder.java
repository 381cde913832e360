package org.nordcrm.files;

/** A folder of the template every new company gets. */
public record TemplateFolder(TemplateFolderId id, String name, int position) {
}
