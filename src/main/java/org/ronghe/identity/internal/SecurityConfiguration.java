package org.ronghe.identity.internal;

import org.ronghe.identity.Identity;
import org.ronghe.identity.SecuritySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: {@code /api/**} authenticates bearer tokens only, keeps no session and answers refusals with
 * problem details; everything else uses form login, sessions and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/",
        "/bodies",
        "/bodies/*",
        "/bodies/*/members",
        "/bodies/*/contributions",
        "/bodies/*/contributions/*",
        "/bodies/*/charters/*/file",
        "/bodies/*/logo",
        "/organisations",
        "/organisations/*",
        "/docking/needs",
        "/docking/needs/*",
        "/docking/capabilities",
        "/docking/capabilities/*",
        "/verify/certificates",
        "/verify/certificates/*"
    };
    private static final String[] STATIC = {
        "/webjars/**",
        "/_static/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/error",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/actuator/health/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearerTokens, RefusalHandler refusals)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/bodies/**",
                                "/api/v1/organisations/**",
                                "/api/v1/regions",
                                "/api/v1/regions/*/counties",
                                "/api/v1/needs",
                                "/api/v1/needs/*",
                                "/api/v1/capabilities",
                                "/api/v1/capabilities/*",
                                "/api/v1/certificates/verify/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/password-recoveries",
                                "/api/v1/password-recoveries/reset",
                                "/api/v1/registrations")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/accounts/**", "/api/v1/audit-records/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .csrf(c -> c.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(bearerTokens, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals.problemEntryPoint())
                        .accessDeniedHandler(refusals.problemAccessDeniedHandler()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            RefusalHandler refusals,
            LoginOutcomes outcomes,
            LoginThrottle throttle,
            Identity identity,
            SecuritySettings settings)
            throws Exception {
        return http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new SessionRights(identity, settings.sessionMaxAge()), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(STATIC)
                        .permitAll()
                        .requestMatchers("/login", "/password/forgot", "/password/reset", "/register")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(outcomes).defaultSuccessUrl("/", false))
                .logout(l -> l.logoutSuccessUrl("/?loggedOut"))
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                refusals.auditing(new LoginUrlAuthenticationEntryPoint("/login")))
                        .accessDeniedHandler(refusals.pageAccessDeniedHandler()))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'")))
                .build();
    }
}
