package org.nordcrm.companies.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Move customers": every company of one industry to another, after the administrator confirms. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IndustryMoveController {

	private final CompanyManagement companies;
	private final Registers registers;

	IndustryMoveController(CompanyManagement companies, Registers registers) {
		this.companies = companies;
		this.registers = registers;
	}

	@GetMapping("/admin/industries/{id}/move")
	String form(@PathVariable IndustryId id, Model model) {
		model.addAttribute("industry", registers.industry(id));
		model.addAttribute("count", companies.countInIndustry(id));
		model.addAttribute("industries", registers.industries().stream().filter(i -> !i.id().equals(id)).toList());
		return "companies/move";
	}

	@PostMapping("/admin/industries/{id}/move")
	String move(@PathVariable IndustryId id, @RequestParam(required = false) @Nullable IndustryId to, Model model,
			RedirectAttributes flash) {
		try {
			if (to == null) {
				throw InvalidInput.of("to", "NotNull");
			}
			int moved = companies.moveIndustry(id, to);
			flash.addFlashAttribute("flash", "industry.moved");
			flash.addFlashAttribute("flashArgs", new Object[] { moved, registers.industry(to).name() });
			return "redirect:/search?industry=" + to + "&kind=company";
		}
		catch (InvalidInput e) {
			model.addAttribute("error", e.errors().getFirst().messageKey());
			return form(id, model);
		}
	}
}
