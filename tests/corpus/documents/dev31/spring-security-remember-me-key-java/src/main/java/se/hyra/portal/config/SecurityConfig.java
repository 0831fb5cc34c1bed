package se.hyra.portal.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    // Key used to sign the remember-me cookie (TokenBasedRememberMeServices)
    private static final String REMEMBER_ME_KEY = "3T3EphgNPRKA1jMljPz4LyTSUpADD3zZlx8C";

    // HS256 secret shared with the mobile BFF; base64 of 36 random bytes
    private static final String JWT_HMAC_SECRET_B64 = "YFgUbdgrhhQKXH+O8tqr1S62XfWNNH3NX3XDixkLDeIU0RLgq8vxNHoqNs0Cas04";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, UserDetailsService users) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/login", "/css/**", "/js/**", "/actuator/health").permitAll()
                .requestMatchers("/api/**").authenticated()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .rememberMe(rm -> rm
                .key(REMEMBER_ME_KEY)
                .rememberMeParameter("kom-ihag-mig")
                .tokenValiditySeconds(14 * 24 * 3600)
                .userDetailsService(users))
            .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(jwtDecoder())));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder() {
        byte[] secret = Base64.getDecoder().decode(JWT_HMAC_SECRET_B64.getBytes(StandardCharsets.US_ASCII));
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
