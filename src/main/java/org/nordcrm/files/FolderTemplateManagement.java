package org.nordcrm.files;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.files.internal.FileNames;
import org.nordcrm.files.internal.Folders;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The folder template (Kontrakter, Tilbud...): every company gets its folders the first time its file area is
 * opened, whichever way it was created (so an import of a million companies writes no empty folders); applying it
 * to all existing companies adds only the folders they lack, in one statement, and never touches files.
 */
@Service
@Transactional
public class FolderTemplateManagement {

	/** A new tenant's template; administrators rename and change it. */
	static final List<String> STARTING = List.of("Kontrakter", "Tilbud", "Korrespondanse", "Fakturaer");

	private final Folders folders;
	private final CompanyManagement companies;

	FolderTemplateManagement(Folders folders, CompanyManagement companies) {
		this.folders = folders;
		this.companies = companies;
	}

	@Transactional(readOnly = true)
	public List<TemplateFolder> list() {
		return folders.template();
	}

	public TemplateFolder add(@Nullable String name) {
		var checks = new Checks();
		var wanted = checks.required("name", name, 1000);
		checks.done();
		var clean = FileNames.sanitise(wanted, "");
		if (clean.isEmpty()) {
			throw InvalidInput.of("name", "folder.error.name");
		}
		if (folders.templateHas(clean)) {
			throw InvalidInput.of("name", "folder.error.exists", clean);
		}
		return folders.addToTemplate(clean);
	}

	/** Takes a folder out of the template; companies that have it keep it. */
	public void remove(TemplateFolderId id) {
		if (!folders.removeFromTemplate(id)) {
			throw new RecordNotFound("folderTemplate", id);
		}
	}

	/** Gives every live company the template's folders it lacks; returns how many folders were added. */
	public int applyToAll() {
		return folders.applyTemplate(CompanyManagement.KIND, companies.liveIds());
	}

	@EventListener
	void on(TenantCreated event) {
		STARTING.forEach(folders::addToTemplate);
	}
}
