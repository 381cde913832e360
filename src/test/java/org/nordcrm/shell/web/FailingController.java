package org.nordcrm.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test classpath only: endpoints that fail the way a bug would, to see what the user gets. */
@Controller
class FailingController {

	@GetMapping({ "/test/failure", "/api/v1/test/failure" })
	String fail() {
		throw new IllegalStateException("internal detail that must not leak");
	}
}
