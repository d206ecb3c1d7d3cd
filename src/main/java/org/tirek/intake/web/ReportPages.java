package org.tirek.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tirek.intake.internal.PublicIntake;
import org.tirek.intake.internal.Uploads;
import org.tirek.platform.Region;
import org.tirek.platform.ServiceUnavailableException;
import org.tirek.platform.TooManyRequestsException;

/**
 * The public report pages: the form, the receipt, coming back with it, the conversation, and the
 * neutral page of the quick exit. They need no JavaScript (the script only adds the quick exit's
 * Escape key and the optional proof of work), set no cookie and keep no session: forms carry signed
 * one-time tokens, a returning reporter a short-lived conversation token. Every page is marked
 * {@code no-store} so that the browser keeps no copy.
 */
@Controller
class ReportPages {

    private final PublicIntake intake;
    private final BlankForms forms;
    private final String quickExit;

    ReportPages(
            PublicIntake intake,
            BlankForms forms,
            @Value("${tirek.intake.quick-exit-url:/report/exit}") String quickExit) {
        this.intake = intake;
        this.forms = forms;
        this.quickExit = quickExit;
    }

    /**
     * What every public page needs. Links are written as plain text from {@code base} (the context
     * path, then {@code /report}) rather than as Thymeleaf link expressions, which pass every URL
     * through the resource chain's URL encoding (a class-path look-up per link): the report form is
     * the page that must hold up under a flood.
     */
    @ModelAttribute
    void common(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("base", request.getContextPath() + "/report");
        model.addAttribute("contextPath", request.getContextPath());
        model.addAttribute("quickExit", quickExit);
        model.addAttribute("regions", Region.KNOWN);
        model.addAttribute("powBits", intake.powBits());
        model.addAttribute("maxFiles", intake.maxFiles());
        model.addAttribute("maxFileMb", intake.maxFileSize() / (1024 * 1024));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/report")
    ResponseEntity<String> form(Locale locale, Model model) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(forms.page(intake.blank(), locale, model.asMap()));
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/report")
    String submit(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            HttpServletResponse response) {
        Map<String, String> form = firstValues(params);
        PublicIntake.Outcome outcome =
                intake.submit(form, incoming(files), form.getOrDefault("formToken", ""), form.get("pow"));
        if (outcome instanceof PublicIntake.Accepted accepted) {
            model.addAttribute("receipt", accepted.receipt());
            return "intake/public/receipt";
        }
        PublicIntake.Rejected rejected = (PublicIntake.Rejected) outcome;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("questionnaire", rejected.questionnaire());
        model.addAttribute("token", rejected.token());
        model.addAttribute("form", rejected.form());
        model.addAttribute("errors", rejected.errors());
        model.addAttribute("problem", rejected.problem());
        model.addAttribute("filesDropped", rejected.filesDropped());
        return "intake/public/form";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/report/follow-up")
    String followUp() {
        return "intake/public/follow-up";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/report/follow-up")
    String open(
            @RequestParam(name = "receipt", defaultValue = "") String receipt,
            Model model,
            HttpServletResponse response) {
        String conversation = intake.open(receipt);
        if (conversation == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", "intake.error.receipt");
            return "intake/public/follow-up";
        }
        return conversation(conversation, model);
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/report/follow-up/message")
    String message(
            @RequestParam(name = "conversation", defaultValue = "") String conversation,
            @RequestParam(name = "formToken", defaultValue = "") String formToken,
            @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            HttpServletResponse response) {
        Map<String, String> problems = intake.reply(conversation, formToken, text, incoming(files));
        if (problems.isEmpty()) {
            model.addAttribute("sent", true);
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", problems);
            model.addAttribute("text", text);
            model.addAttribute("filesDropped", files != null && !incoming(files).isEmpty());
        }
        return conversation(conversation, model);
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/report/follow-up/delete")
    String delete(
            @RequestParam(name = "conversation", defaultValue = "") String conversation,
            @RequestParam(name = "confirm", defaultValue = "") String confirm,
            Model model,
            HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", Map.of("confirm", "intake.error.confirm"));
            return conversation(conversation, model);
        }
        intake.requestDeletion(conversation);
        return "intake/public/deleted";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/report/exit")
    String exit() {
        return "intake/public/exit";
    }

    private String conversation(String token, Model model) {
        model.addAttribute("conversation", intake.conversation(token));
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "intake/public/conversation";
    }

    @ExceptionHandler(PublicIntake.InvalidConversation.class)
    String ended(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        refusal(model, request, response, locale);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", "intake.error.ended");
        return "intake/public/follow-up";
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        refusal(model, request, response, locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("problem", "intake.error.tooMany");
        return "intake/public/problem";
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        refusal(model, request, response, locale);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("problem", "intake.error.unavailable");
        return "intake/public/problem";
    }

    /**
     * The model of a page an exception handler shows: what {@link #common} gives, plus what the
     * layout's advice gives other pages (an exception handler gets neither on its own).
     */
    private void refusal(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        common(model, request, response);
        String uri = request.getRequestURI();
        model.addAttribute(
                "currentPath", uri.substring(Math.min(request.getContextPath().length(), uri.length())));
        model.addAttribute("lang", locale.getLanguage());
    }

    private static Map<String, String> firstValues(MultiValueMap<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null) form.put(name, values.get(0));
        });
        return form;
    }

    /** The files actually chosen (a file input left empty still sends a nameless, empty part). */
    private static List<Uploads.Incoming> incoming(@Nullable List<MultipartFile> files) {
        List<Uploads.Incoming> incoming = new ArrayList<>();
        if (files == null) return incoming;
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if ((name == null || name.isBlank()) && file.isEmpty()) continue;
            try {
                incoming.add(new Uploads.Incoming(name == null ? "file" : name, file.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return incoming;
    }
}
