package org.tirek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tirek.cli.TirekCommandLine;

/**
 * Tirek: one jar that is either the web application or, when the first argument names a command,
 * the administration command line ({@code java -jar tirek.jar user create ...}).
 */
@SpringBootApplication
@EnableScheduling
public class TirekApplication {

    public static void main(String[] args) {
        if (TirekCommandLine.handles(args)) {
            System.exit(TirekCommandLine.run(TirekApplication.class, args));
        }
        SpringApplication.run(TirekApplication.class, args);
    }
}
