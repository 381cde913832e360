package org.nordcrm.shell;

import java.util.UUID;

/** A record already chosen in a record picker (templates/fragments/record-picker.html): its id and name. */
public record Picked(UUID id, String name) {
}
