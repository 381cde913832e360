package org.nordcrm.settings.web;

import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "New category" inside the choose-categories dialog: makes it (or finds it by name) and answers with its checkbox, checked. */
@Controller
class CategoryChoiceController {

	private final Registers registers;

	CategoryChoiceController(Registers registers) {
		this.registers = registers;
	}

	@PostMapping("/categories/choice")
	String add(@RequestParam(defaultValue = "") String newCategory, @RequestParam CategoryScope scope, Model model) {
		try {
			model.addAttribute("category", registers.saveCategory(null, newCategory, scope));
		}
		catch (InvalidInput e) {
			var existing = registers.categories(scope).stream()
				.filter(c -> c.name().equalsIgnoreCase(newCategory.strip())).findFirst();
			existing.ifPresentOrElse(c -> model.addAttribute("category", c),
					() -> model.addAttribute("error", e.errors().getFirst().messageKey()));
		}
		return "fragments/category-choice";
	}
}
