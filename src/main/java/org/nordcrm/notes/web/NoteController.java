package org.nordcrm.notes.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.notes.NoteId;
import org.nordcrm.notes.NoteInput;
import org.nordcrm.notes.NoteManagement;
import org.nordcrm.notes.NoteTarget;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordSection;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Notes on a record's card: the Notes tab (write, list, edit in place, delete) and the latest notes under the
 * facts; older ones load as the user scrolls, a page at a time.
 */
@Controller
class NoteController {

	static final int LATEST = 3;
	static final int PAGE = 10;

	private final NoteManagement notes;
	private final UserManagement users;

	NoteController(NoteManagement notes, UserManagement users) {
		this.notes = notes;
		this.users = users;
	}

	@Bean
	static RecordTab companyNotesTab() {
		return new RecordTab.Simple("company", "notes", "notes.tab", 20, "/notes/record/company/%s");
	}

	@Bean
	static RecordTab personNotesTab() {
		return new RecordTab.Simple("person", "notes", "notes.tab", 20, "/notes/record/person/%s");
	}

	@Bean
	static RecordSection companyNotesSection() {
		return new RecordSection.Simple("company", "notes", 10, "/notes/record/company/%s/latest");
	}

	@Bean
	static RecordSection personNotesSection() {
		return new RecordSection.Simple("person", "notes", 10, "/notes/record/person/%s/latest");
	}

	@GetMapping("/notes/record/{kind}/{id}")
	String tab(@PathVariable String kind, @PathVariable UUID id, Model model) {
		var target = notes.target(kind, id);
		model.addAttribute("form", new NoteInput(kind, id, null, false, null));
		return tab(target, model);
	}

	@GetMapping("/notes/record/{kind}/{id}/latest")
	String latest(@PathVariable String kind, @PathVariable UUID id, Model model) {
		list(model, notes.target(kind, id), null, LATEST, false);
		return "notes/notes :: notesLatest";
	}

	/** The next page of a card's notes, older than {@code before}; {@code inTab} tells which list asks. */
	@GetMapping("/notes/record/{kind}/{id}/older")
	String older(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable NoteId before,
			@RequestParam(defaultValue = "false") boolean inTab, Model model) {
		list(model, notes.target(kind, id), before, PAGE, inTab);
		return "notes/notes :: notesPage";
	}

	@PostMapping("/notes/record/{kind}/{id}")
	String write(@PathVariable String kind, @PathVariable UUID id, @ModelAttribute("form") NoteInput form, BindingResult result,
			Model model, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response) {
		var target = notes.target(kind, id);
		if (!result.hasErrors()) {
			try {
				notes.create(new NoteInput(kind, id, form.body(), form.privateNote(), null));
				changed(response);
				if (htmx == null) {
					return "redirect:" + target.url() + "?tab=notes";
				}
				model.addAttribute("form", new NoteInput(kind, id, null, false, null));
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return tab(target, model);
	}

	@GetMapping("/notes/{id}")
	String one(@PathVariable NoteId id, @RequestParam(required = false) @Nullable UUID on, Model model) {
		model.addAttribute("n", view(id, on));
		return "notes/notes :: noteItem";
	}

	@GetMapping("/notes/{id}/edit")
	String edit(@PathVariable NoteId id, @RequestParam(required = false) @Nullable UUID on, Model model) {
		var view = view(id, on);
		if (!view.mayChange()) {
			throw new AccessDeniedException("only the author or an administrator changes a note");
		}
		model.addAttribute("form", NoteInput.of(view.note()));
		return editing(view, model);
	}

	/** The note's edit form; only a note on a private customer offers the private tick box. */
	private String editing(NoteView view, Model model) {
		model.addAttribute("n", view);
		model.addAttribute("mayBePrivate", notes.findTarget(view.note().recordKind(), view.note().recordId())
			.map(NoteTarget::privateCustomer).orElse(false));
		return "notes/notes :: noteEdit";
	}

	@PostMapping("/notes/{id}")
	String update(@PathVariable NoteId id, @RequestParam(required = false) @Nullable UUID on, @ModelAttribute("form") NoteInput form,
			BindingResult result, Model model, HttpServletResponse response) {
		var current = view(id, on);
		if (!result.hasErrors()) {
			try {
				notes.update(id, form);
				changed(response);
				model.addAttribute("n", view(id, on));
				return "notes/notes :: noteItem";
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return editing(current, model);
	}

	@PostMapping("/notes/{id}/delete")
	@ResponseBody
	String delete(@PathVariable NoteId id, HttpServletResponse response) {
		notes.delete(id);
		changed(response);
		// htmx swaps the note for this nothing
		return "";
	}

	/** Tells the page a note changed, so the latest notes under the facts load again. */
	private static void changed(HttpServletResponse response) {
		response.setHeader("HX-Trigger", "notes-changed");
	}

	private String tab(NoteTarget target, Model model) {
		list(model, target, null, PAGE, true);
		model.addAttribute("target", target);
		return "notes/notes :: notesTab";
	}

	private void list(Model model, NoteTarget target, @Nullable NoteId before, int limit, boolean inTab) {
		var shownOn = notes.shownOn(target);
		var page = notes.onCard(shownOn, before, limit + 1);
		var more = page.size() > limit;
		var shown = more ? page.subList(0, limit) : page;
		model.addAttribute("notes", NoteView.of(shown, shownOn, users.list()));
		model.addAttribute("older", more ? "/notes/record/%s/%s/older?before=%s&inTab=%s".formatted(target.kind(), target.id(),
				shown.getLast().id(), inTab) : null);
		model.addAttribute("inTab", inTab);
		model.addAttribute("target", target);
	}

	private NoteView view(NoteId id, @Nullable UUID on) {
		var note = notes.get(id);
		var card = on == null ? note.recordId() : on;
		var writtenOn = card.equals(note.recordId()) ? null : notes.findTarget(note.recordKind(), note.recordId()).orElse(null);
		Map<UUID, String> authors = users.list().stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		return NoteView.of(note, card, writtenOn, authors);
	}
}
