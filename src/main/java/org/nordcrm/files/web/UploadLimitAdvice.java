package org.nordcrm.files.web;

import java.util.Locale;

import org.nordcrm.files.FileManagement;
import org.nordcrm.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the size limit is refused while it is read, before any controller runs: answered with a problem
 * document that says the limit, in the caller's language, for the API and the upload script alike.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final Problems problems;
	private final FileManagement files;

	UploadLimitAdvice(Problems problems, FileManagement files) {
		this.problems = problems;
		this.files = files;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
		var status = HttpStatus.valueOf(413);
		var p = problems.problem(status, "file.error.overLimit", locale, FileManagement.readable(files.maxSize()));
		return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(p);
	}
}
