/*
 * Start-up baseline for bench/startup.sh: the smallest JVM web server the JDK can make
 * (com.sun.net.httpserver), answering 200 on every path. startup.sh compiles it once with javac and
 * times "launch -> first HTTP 200" for it exactly as for Tirek, so that Tirek's start-up can be given
 * as a multiple of this figure, which depends only on the machine and the JDK.
 *
 *   java -cp <classes> HelloServer <port>      (binds 127.0.0.1 only)
 */

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public class HelloServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
