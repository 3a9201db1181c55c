package se.stegvis.account.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts for Spring Security's password check (form login and HTTP Basic). Every signed-in user has
 * {@code ROLE_USER}; a system administrator also {@code ROLE_SYSTEM_ADMIN}. An account without a local
 * password is not found here, so it cannot sign in with one.
 */
@Service
@Transactional(readOnly = true)
class AccountUserDetails implements UserDetailsService {

	static final String ROLE_USER = "ROLE_USER";

	static final String ROLE_SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

	private final UserRows users;

	AccountUserDetails(UserRows users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(AccountInput.normaliseUsername(username))
			.filter((u) -> u.passwordHash() != null)
			.map((u) -> of(u, u.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

	static UserDetails of(UserRow user, String credentials) {
		return User.withUsername(user.username()).password(credentials).authorities(authorities(user)).build();
	}

	static List<GrantedAuthority> authorities(UserRow user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(ROLE_USER));
		if (user.systemAdmin()) {
			authorities.add(new SimpleGrantedAuthority(ROLE_SYSTEM_ADMIN));
		}
		return authorities;
	}

}
