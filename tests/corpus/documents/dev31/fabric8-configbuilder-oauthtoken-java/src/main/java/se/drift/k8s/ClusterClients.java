package se.drift.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

public final class ClusterClients {

    private ClusterClients() {
    }

    public static KubernetesClient production() {
        Config config = new ConfigBuilder()
                .withMasterUrl("https://k8s-prod.drift.internal:6443")
                .withOauthToken("eyJhbGciOiJSUzI1NiIsImtpZCI6ImNPUnZCZzRzS3hKVFA4N0xYQ29GWlRwWmpnUVRnSlhVaVJRLTd3WFlUZ1oiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJiYXRjaCIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJyZXBvcnQtcnVubmVyLXRva2VuLTl4azJxIiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9zZXJ2aWNlLWFjY291bnQubmFtZSI6InJlcG9ydC1ydW5uZXIiLCJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6YmF0Y2g6cmVwb3J0LXJ1bm5lciJ9.LARiOQ4lEKf6_9llTi5fRhX138xONEkjP9sjkeGYPwECTgc0gxTNNNo8usFARLRNjxt6YXv_eDW0kN7c7cuuP0V6iZGhtlorWs6JJxtKKN4i2xQ2OImqqaBS1hlfAw0M-SVlBkriHuzUNUtmJdzeB7Ti_Mndj_ILtCZA3gILsOWN2QpvbgiaGgUL0LvRov5nkda1mEugG3OK_KYabAZa-yXhqLvcqrCjiCHvEtw7D03XjWUhevigYOrqYhnOdVHRlGBYqyI3X3p8BWXBfN0-2tZrxQmd5utvZLweJEJ5iQ4YiicTLMsab4aQC-645hFWDl93clML4t8lniWqJPLaWg")
                .withNamespace("batch")
                .withCaCertFile("/etc/report-runner/prod-ca.crt")
                .build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** old OpenShift 3 cluster, basic auth only */
    public static KubernetesClient legacy() {
        Config config = new ConfigBuilder()
                .withMasterUrl("https://ocp3.drift.internal:8443")
                .withUsername("report-runner")
                .withPassword("knKn5K77jMHpMgCOcsLg")
                .withTrustCerts(true)
                .build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }
}
