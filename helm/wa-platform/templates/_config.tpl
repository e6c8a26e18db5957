{{/*
dict root key -> the plain (non-secret) environment of a service, exactly the variables it reads (application.properties
of each service, web-support and persistence-support); the component's env values come last and win.
*/}}
{{- define "wa.config" -}}
{{- $v := .root.Values -}}
{{- $c := index $v .key -}}
{{- $meta := include "wa.meta" . | fromYaml -}}
{{- $env := dict -}}
{{- $_ := set $env "QUARKUS_HTTP_PORT" (toString $meta.port) -}}
{{- $_ := set $env "QUARKUS_SHUTDOWN_DELAY" (printf "%vs" $c.shutdown.delaySeconds) -}}
{{- $_ := set $env "QUARKUS_SHUTDOWN_TIMEOUT" (printf "%vs" $c.shutdown.timeoutSeconds) -}}
{{- $_ := set $env "JAVA_TOOL_OPTIONS" (trim (printf "-XX:MaxRAMPercentage=%v -XX:+ExitOnOutOfMemoryError %s" $c.jvm.maxRAMPercentage $c.jvm.options)) -}}
{{- if ne .key "simulator" -}}
{{- $_ := set $env "KAFKA_BOOTSTRAP_SERVERS" $v.kafka.bootstrapServers -}}
{{- $_ := set $env "OIDC_AUTH_SERVER_URL" (printf "%s/realms/%s" (include "wa.keycloakInternalUrl" .root) $v.keycloak.realm) -}}
{{- if not $v.redis.urlSecret.name }}{{ $_ := set $env "REDIS_URL" $v.redis.url }}{{ end -}}
{{- with $v.monitoring.tracing.otlpEndpoint -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_ENDPOINT" . -}}
{{- $_ := set $env "TRACES_SAMPLED_RATIO" (toString $v.monitoring.tracing.sampledRatio) -}}
{{- end -}}
{{- end -}}
{{- with $meta.database -}}
{{- $db := index $v.database . -}}
{{- $_ := set $env "DB_URL" $db.url -}}
{{- $_ := set $env "DB_APP_USER" $db.appUser -}}
{{- end -}}
{{- $tenant := include "wa.serviceUrl" (dict "root" .root "key" "tenantService") -}}
{{- $session := include "wa.serviceUrl" (dict "root" .root "key" "sessionService") -}}
{{- $message := include "wa.serviceUrl" (dict "root" .root "key" "messageService") -}}
{{- if eq .key "tenantService" -}}
{{- $_ := set $env "KEYCLOAK_URL" (include "wa.keycloakInternalUrl" .root) -}}
{{- $_ := set $env "IDENTITY_REALM" $v.keycloak.realm -}}
{{- $_ := set $env "SESSION_SERVICE_URL" $session -}}
{{- $_ := set $env "MESSAGE_SERVICE_URL" $message -}}
{{- else if eq .key "sessionService" -}}
{{- $_ := set $env "CREDENTIALS_KEY_VERSION" (toString $v.credentialsKeyVersion) -}}
{{- $_ := set $env "PUBLIC_BASE_URL" (include "wa.publicUrl" .root) -}}
{{- $_ := set $env "MESSAGE_SERVICE_URL" $message -}}
{{- $simulator := ternary (include "wa.serviceUrl" (dict "root" .root "key" "simulator")) "" $v.simulator.enabled -}}
{{- with $v.providers.graphApiBaseUrl | default $simulator }}{{ $_ := set $env "GRAPH_API_BASE_URL" . }}{{ end -}}
{{- with $v.providers.evolutionApiUrl | default $simulator }}{{ $_ := set $env "EVOLUTION_API_URL" . }}{{ end -}}
{{- else if eq .key "messageService" -}}
{{- $_ := set $env "TENANT_SERVICE_URL" $tenant -}}
{{- $_ := set $env "SESSION_SERVICE_URL" $session -}}
{{- $_ := set $env "TRUSTED_PROXIES" $v.trustedProxies -}}
{{- $_ := set $env "MEDIA_STORAGE_PATH" $v.media.path -}}
{{- else if eq .key "webhookGateway" -}}
{{- $_ := set $env "SESSION_SERVICE_URL" $session -}}
{{- $_ := set $env "TRUSTED_PROXIES" $v.trustedProxies -}}
{{- else if eq .key "simulator" -}}
{{- $_ := set $env "SIMULATOR_PUBLIC_URL" (include "wa.serviceUrl" .) -}}
{{- end -}}
{{- range $name, $value := $c.env }}{{ $_ := set $env $name (toString $value) }}{{ end -}}
{{- toYaml $env -}}
{{- end -}}

{{/* dict root key -> the service's ConfigMap (its checksum rolls the pods when it changes) */}}
{{- define "wa.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "wa.componentName" . }}
  labels:
    {{- include "wa.labels" . | nindent 4 }}
data:
  {{- include "wa.config" . | nindent 2 }}
{{- end -}}
