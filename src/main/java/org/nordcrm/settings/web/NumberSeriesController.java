package org.nordcrm.settings.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.NumberSeries;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer number series: their ranges, how far each has come, and which one new customers get. */
@Controller
@RequestMapping("/admin/settings/number-series")
@PreAuthorize("hasRole('ADMIN')")
class NumberSeriesController {

	private static final String LIST = "redirect:/admin/settings/number-series";

	private final NumberSeriesManagement series;

	NumberSeriesController(NumberSeriesManagement series) {
		this.series = series;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", NumberSeriesForm.blank());
		return page(null, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") NumberSeriesForm form, BindingResult result, Model model, RedirectAttributes flash) {
		return save(null, form, result, model, flash);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable NumberSeriesId id, Model model) {
		var editing = series.find(id);
		model.addAttribute("form", NumberSeriesForm.of(editing));
		return page(editing, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable NumberSeriesId id, @ModelAttribute("form") NumberSeriesForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		return save(series.find(id), form, result, model, flash);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable NumberSeriesId id, RedirectAttributes flash) {
		try {
			series.delete(id);
			flash.addFlashAttribute("flash", "register.deleted");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return LIST;
	}

	private String save(@Nullable NumberSeries editing, NumberSeriesForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				series.save(editing == null ? null : editing.id(), form.name(), form.firstNumber(), form.lastNumber(),
						Boolean.TRUE.equals(form.defaultSeries()));
				flash.addFlashAttribute("flash", editing == null ? "register.created" : "register.saved");
				return LIST;
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return page(editing, model);
	}

	private String page(@Nullable NumberSeries editing, Model model) {
		model.addAttribute("series", series.list());
		model.addAttribute("editing", editing);
		return "settings/number-series";
	}
}
