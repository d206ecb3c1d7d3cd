package org.tirek.intake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How the public intake pages are served: their own security chain (no session, no security
 * context saved, no CSRF token in a session: forms carry signed one-time tokens instead; a strict
 * Content-Security-Policy), the {@link Untraced} filter before everything else, and, when {@code
 * tirek.intake.port} is set, a second connector on which only {@code /report} and below exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class IntakeWebConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeWebConfiguration.class);

    /** Only this server's stylesheet and script; no inline code, no frames, forms post only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<Untraced> untracedIntake() {
        FilterRegistrationBean<Untraced> registration = new FilterRegistrationBean<>(new Untraced());
        registration.setOrder(Integer.MIN_VALUE); // before the request id and Spring Session's filter
        registration.addUrlPatterns("/*"); // the filter picks intake requests, also their error dispatches
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    @Bean
    @Order(0)
    SecurityFilterChain intakePages(HttpSecurity http) throws Exception {
        http.securityMatcher("/report", "/report/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // signed one-time form tokens instead (FormTokens)
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
    }

    /** The separate intake port: a second connector, when {@code tirek.intake.port} is above 0. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> intakeConnector(
            @Value("${tirek.intake.port:0}") int port) {
        return factory -> {
            if (port <= 0) return;
            Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            connector.setPort(port);
            factory.addAdditionalConnectors(connector);
            log.info("Intake is also served alone on port {}", port);
        };
    }

    /** On the intake port every address outside {@code /report} answers 404. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> intakePortOnly(@Value("${tirek.intake.port:0}") int port) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        if (port > 0 && request.getLocalPort() == port && !Untraced.isIntakePath(path)) {
                            response.sendError(HttpServletResponse.SC_NOT_FOUND);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Integer.MIN_VALUE + 1);
        registration.setEnabled(port > 0);
        return registration;
    }
}
