{{/*
The secrets: values key -> key in a Secret (the chart's own, or existingSecret), and whether production needs it.
*/}}
{{- define "wa.secretCatalog" -}}
credentialsKey: {key: CREDENTIALS_KEY, required: true}
credentialsPreviousKeys: {key: CREDENTIALS_PREVIOUS_KEYS, required: false}
automationSigningKey: {key: AUTOMATION_SIGNING_KEY, required: true}
tenantServiceClientSecret: {key: TENANT_SERVICE_CLIENT_SECRET, required: true}
sessionServiceClientSecret: {key: SESSION_SERVICE_CLIENT_SECRET, required: true}
messageServiceClientSecret: {key: MESSAGE_SERVICE_CLIENT_SECRET, required: true}
gatewayClientSecret: {key: GATEWAY_CLIENT_SECRET, required: true}
metaPlatformAppSecret: {key: META_PLATFORM_APP_SECRET, required: false}
metaPlatformVerifyToken: {key: META_PLATFORM_VERIFY_TOKEN, required: false}
evolutionApiKey: {key: EVOLUTION_API_KEY, required: false}
tenantDbAppPassword: {key: TENANT_DB_APP_PASSWORD, required: true}
sessionDbAppPassword: {key: SESSION_DB_APP_PASSWORD, required: true}
messageDbAppPassword: {key: MESSAGE_DB_APP_PASSWORD, required: true}
tenantDbOwnerPassword: {key: TENANT_DB_OWNER_PASSWORD, required: true, hookOnly: true}
sessionDbOwnerPassword: {key: SESSION_DB_OWNER_PASSWORD, required: true, hookOnly: true}
messageDbOwnerPassword: {key: MESSAGE_DB_OWNER_PASSWORD, required: true, hookOnly: true}
smtpPassword: {key: SMTP_PASSWORD, required: false}
{{- end -}}

{{/*
What each component reads from secrets: environment variable -> secret (values key). The migration Jobs add the
owner's password.
*/}}
{{- define "wa.secretEnv" -}}
tenantService:
  DB_APP_PASSWORD: tenantDbAppPassword
  TENANT_SERVICE_CLIENT_SECRET: tenantServiceClientSecret
sessionService:
  DB_APP_PASSWORD: sessionDbAppPassword
  CREDENTIALS_KEY: credentialsKey
  CREDENTIALS_PREVIOUS_KEYS: credentialsPreviousKeys
  SESSION_SERVICE_CLIENT_SECRET: sessionServiceClientSecret
  META_PLATFORM_APP_SECRET: metaPlatformAppSecret
  EVOLUTION_API_KEY: evolutionApiKey
messageService:
  DB_APP_PASSWORD: messageDbAppPassword
  MESSAGE_SERVICE_CLIENT_SECRET: messageServiceClientSecret
  AUTOMATION_SIGNING_KEY: automationSigningKey
webhookGateway:
  GATEWAY_CLIENT_SECRET: gatewayClientSecret
  META_PLATFORM_APP_SECRET: metaPlatformAppSecret
  META_PLATFORM_VERIFY_TOKEN: metaPlatformVerifyToken
realtimeService: {}
simulator:
  EVOLUTION_API_KEY: evolutionApiKey
{{- end -}}

{{- define "wa.secretName" -}}{{ include "wa.fullname" . }}-secrets{{- end -}}
{{- define "wa.hookSecretName" -}}{{ include "wa.fullname" . }}-hooks{{- end -}}

{{/*
dict root id secretName -> {name, key, optional} of the Secret key holding it, or nothing when it is given nowhere.
secretName is the chart's own Secret for values given in values (the hook Secret for hook Jobs).
*/}}
{{- define "wa.secretRef" -}}
{{- $entry := index (include "wa.secretCatalog" .root | fromYaml) .id -}}
{{- $ref := index (.root.Values.secrets.refs | default dict) .id -}}
{{- if $ref -}}
{name: {{ $ref.name | quote }}, key: {{ $ref.key | quote }}, optional: false}
{{- else if index .root.Values.secrets .id -}}
{name: {{ .secretName | quote }}, key: {{ $entry.key }}, optional: false}
{{- else if .root.Values.secrets.existingSecret -}}
{name: {{ .root.Values.secrets.existingSecret | quote }}, key: {{ $entry.key }}, optional: {{ not $entry.required }}}
{{- end -}}
{{- end -}}

{{/* dict root vars(env -> secret id) secretName: env entries from secretKeyRef, for the secrets given somewhere */}}
{{- define "wa.secretEnvEntries" -}}
{{- range $env, $id := .vars }}
{{- $ref := include "wa.secretRef" (dict "root" $.root "id" $id "secretName" $.secretName) }}
{{- if $ref }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef: {{ $ref }}
{{- end }}
{{- end }}
{{- end -}}

{{/* dict root key secretName: every secret variable of a service (REDIS_URL too when it is a secret) */}}
{{- define "wa.serviceSecretEnv" -}}
{{- include "wa.secretEnvEntries" (dict "root" .root "vars" (index (include "wa.secretEnv" .root | fromYaml) .key) "secretName" .secretName) }}
{{- if and .root.Values.redis.urlSecret.name (ne .key "simulator") }}
- name: REDIS_URL
  valueFrom:
    secretKeyRef: {name: {{ .root.Values.redis.urlSecret.name | quote }}, key: {{ .root.Values.redis.urlSecret.key | quote }}}
{{- end }}
{{- end -}}

{{/* the data of the chart's own Secret: hookOnly false -> what the services read; true -> everything */}}
{{- define "wa.secretData" -}}
{{- $root := .root -}}
{{- range $id, $entry := include "wa.secretCatalog" $root | fromYaml }}
{{- $value := index $root.Values.secrets $id }}
{{- if and $value (or $.hookOnly (not $entry.hookOnly)) }}
{{ $entry.key }}: {{ $value | b64enc | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* the secrets production cannot go without, given nowhere */}}
{{- define "wa.missingSecrets" -}}
{{- $root := . -}}
{{- $missing := list -}}
{{- range $id, $entry := include "wa.secretCatalog" $root | fromYaml }}
{{- $needed := $entry.required }}
{{- if and $entry.hookOnly (not $root.Values.migrations.enabled) }}{{ $needed = false }}{{ end }}
{{- if and (eq $id "evolutionApiKey") $root.Values.providers.evolutionApiUrl }}{{ $needed = true }}{{ end }}
{{- if and (eq $id "smtpPassword") $root.Values.keycloak.realmImport.smtp.user }}{{ $needed = true }}{{ end }}
{{- if and $needed (not (include "wa.secretRef" (dict "root" $root "id" $id "secretName" "-"))) }}
{{- $missing = append $missing (printf "secrets.%s (%s)" $id $entry.key) }}
{{- end }}
{{- end }}
{{- join ", " $missing -}}
{{- end -}}

{{/* changes when a secret given in values, or where the secrets come from, changes (rolls the pods) */}}
{{- define "wa.secretChecksum" -}}
{{- printf "%s|%s|%s" (include "wa.secretData" (dict "root" . "hookOnly" false)) .Values.secrets.existingSecret (toYaml .Values.secrets.refs) | sha256sum -}}
{{- end -}}
