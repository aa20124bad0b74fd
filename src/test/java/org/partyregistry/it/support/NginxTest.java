package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The balancer's configuration as the two-node test renders it from the templates in {@code config/nginx/}. */
class NginxTest {

    private static final Path TEMPLATES = Path.of("config", "nginx");

    @Test
    void theSiteTemplateBalancesBothNodesRoundRobinWithPassiveFailover() throws Exception {
        String site = Nginx.render(TEMPLATES.resolve("party-registry.conf.template"), Map.of("REGISTRY_LISTEN",
                "127.0.0.1:41000", "REGISTRY_NODE_1", "127.0.0.1:41001", "REGISTRY_NODE_2", "127.0.0.1:41002"));

        String directives = String.join("\n", site.lines().filter(line -> !line.strip().startsWith("#")).toList());
        assertThat(directives).contains("listen 127.0.0.1:41000;", "server 127.0.0.1:41001 max_fails=1",
                "server 127.0.0.1:41002 max_fails=1", "proxy_next_upstream error timeout http_502 http_503;",
                "proxy_set_header Host $http_host;")
                .doesNotContain("ip_hash", "sticky", "hash ", "${");
    }

    @Test
    void theWholeConfigurationIncludesTheSiteAndNamesTheNodeThatAnswered() throws Exception {
        String main = Nginx.render(TEMPLATES.resolve("nginx.conf.template"), Map.of("REGISTRY_SITE", "/x/site.conf"));

        assertThat(main).contains("include /x/site.conf;", "add_header " + Nginx.UPSTREAM_HEADER
                + " $upstream_addr always;", "pid nginx.pid;", "worker_processes 1;");
    }

    @Test
    void aPlaceholderWithoutValueFails() {
        assertThatThrownBy(() -> Nginx.render(TEMPLATES.resolve("party-registry.conf.template"),
                Map.of("REGISTRY_LISTEN", "8000", "REGISTRY_NODE_1", "a:1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REGISTRY_NODE_2");
    }
}
