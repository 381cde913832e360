package org.nordcrm.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param dir where uploaded files wait until their import ends ({@code NORDCRM_IMPORTS_DIR}, default
 *     {@code <data-dir>/imports})
 * @param maxSize the largest file accepted ({@code NORDCRM_IMPORTS_MAX_SIZE}, default 1GB)
 * @param previewRows how many rows the preview checks (the run checks them all)
 * @param maxCell the most characters a cell may hold
 */
@ConfigurationProperties("nordcrm.imports")
public record ImportProperties(Path dir, DataSize maxSize, int previewRows, int maxCell) {
}
