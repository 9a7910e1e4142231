package io.cashpost.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form: a user's name with its password or one of its tokens. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
