package se.tidbok.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;

public class TokenService {

    private static final SecretKey KEY =
            Keys.hmacShaKeyFor("C8XFWYTtDFalTW5vE4ZLnq5KQUm7dhOAh3POy2SURrtaDOXoAHI6FhzzN497eTY0".getBytes(StandardCharsets.UTF_8));

    public String issue(String userId) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId)
                .issuer("tidbok")
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(3600)))
                .signWith(KEY)
                .compact();
    }
}
