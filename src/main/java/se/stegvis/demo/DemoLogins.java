package se.stegvis.demo;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** In the demo, the sign-in page lists the demo accounts and their shared password. */
@ControllerAdvice(annotations = Controller.class)
@Profile("demo")
class DemoLogins {

	@ModelAttribute("demoLogins")
	List<DemoUsers.DemoUser> demoLogins() {
		return DemoUsers.USERS;
	}

	@ModelAttribute("demoPassword")
	String demoPassword() {
		return DemoUsers.PASSWORD;
	}

}
