package org.nordcrm.files.web;

import org.nordcrm.files.FileId;
import org.nordcrm.files.FileManagement;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Download (and, for images and PDF, preview in the browser) of a file from the pages. */
@Controller
class FileContentController {

	private final FileManagement files;

	FileContentController(FileManagement files) {
		this.files = files;
	}

	@GetMapping("/files/{id}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable FileId id, @RequestParam(defaultValue = "false") boolean inline) {
		var file = files.get(id);
		return Downloads.of(file, files.open(id), inline);
	}
}
