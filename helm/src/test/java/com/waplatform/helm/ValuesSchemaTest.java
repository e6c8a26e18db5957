package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json: a wrong type, an unknown key or a value out of range stops the rendering, naming it. */
class ValuesSchemaTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // a string where an integer or a boolean belongs
        "tenantService.replicaCount | two | '/tenantService/replicaCount': got string, want integer",
        "messageService.autoscaling.maxReplicas | ten | '/messageService/autoscaling/maxReplicas': got string, want integer",
        "preStopSleepSeconds | 5s | '/preStopSleepSeconds': got string, want integer",
        "ingress.tls.enabled | yes | '/ingress/tls/enabled': got string, want boolean",
        // an unknown key, at any depth
        "tenantService.replicas | 3 | '/tenantService': additional properties 'replicas' not allowed",
        "ingres.host | wa.example.com | additional properties 'ingres' not allowed",
        "kafka.topics.list.tenant\\.events.partition | 3 | additional properties 'partition' not allowed",
        "secrets.credentialKey | x | additional properties 'credentialKey' not allowed",
        "secrets.refs.credentialKey.name | x | additional properties 'credentialKey' not allowed",
        // a value out of its range
        "global.environment | prod | '/global/environment'",
        "secrets.credentialsKey | not-hex | '/secrets/credentialsKey'",
        "media.persistence.accessMode | ReadWriteSometimes | '/media/persistence/accessMode'",
        "keycloak.url | auth.example.com | '/keycloak/url'",
        "database.tenant.url | jdbc:postgresql://db/wa_tenant | '/database/tenant/url'",
    })
    void aValueTheSchemaDoesNotAllowFailsNamingIt(String key, String value, String expected) {
        String failure = HelmChart.withDefaults().set(key, value).failure();
        assertTrue(failure.contains("don't meet the specifications of the schema") && failure.contains(expected), failure);
    }
}
