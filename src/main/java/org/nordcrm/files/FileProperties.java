package org.nordcrm.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param dir where the local-disk storage keeps contents ({@code NORDCRM_FILES_DIR}, default {@code <data-dir>/files})
 * @param maxSize the largest file accepted ({@code NORDCRM_FILES_MAX_SIZE}, default 100MB)
 * @param tenantQuota the most all of a tenant's files may take together ({@code NORDCRM_FILES_TENANT_QUOTA})
 */
@ConfigurationProperties("nordcrm.files")
public record FileProperties(Path dir, DataSize maxSize, DataSize tenantQuota) {
}
