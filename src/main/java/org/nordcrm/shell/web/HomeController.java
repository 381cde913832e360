package org.nordcrm.shell.web;

import org.nordcrm.tenancy.TenantManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final TenantManagement tenants;

	HomeController(TenantManagement tenants) {
		this.tenants = tenants;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tenant", tenants.current().orElseThrow());
		return "shell/home";
	}
}
