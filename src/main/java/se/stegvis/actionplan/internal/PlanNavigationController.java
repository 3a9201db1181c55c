package se.stegvis.actionplan.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;

/**
 * The main navigation's Handlingsplan and Uppföljning: they open the plan or follow-up of the organisation
 * chosen in the header; someone without an organisation goes to the rounds page, which says how to get access.
 */
@Controller
class PlanNavigationController {

	private final CurrentUsers users;

	PlanNavigationController(CurrentUsers users) {
		this.users = users;
	}

	@GetMapping({ "/handlingsplan", "/uppfoljning" })
	String open(HttpServletRequest request) {
		String step = request.getRequestURI().substring(request.getContextPath().length() + 1);
		CurrentUser user = this.users.require();
		if (user.selectedOrganisationCode() == null) {
			// The rounds page tells someone without an organisation how to get access, as for every step.
			return "redirect:/omgangar";
		}
		return "redirect:/" + step + "/" + user.selectedOrganisationCode();
	}

}
