{{/* Names, labels, images: the same for every component. */}}

{{- define "wa.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
The components: values key -> name, port (each service keeps its own port), database (services that own one),
and the services that call it over HTTP (its NetworkPolicy lets only them in besides the ingress controller):
tenant-service asks session- and message-service for usage; session-service asks message-service for files agents
upload; message-service asks tenant-service to verify API keys and users, and session-service for media; the
gateway asks session-service for routing; session-service calls the providers (the simulator when enabled).
*/}}
{{- define "wa.components" -}}
tenantService: {name: tenant-service, port: 8081, database: tenant, public: true, callers: [messageService]}
sessionService: {name: session-service, port: 8082, database: session, public: true, callers: [tenantService, messageService, webhookGateway]}
messageService: {name: message-service, port: 8083, database: message, public: true, callers: [tenantService, sessionService]}
webhookGateway: {name: webhook-gateway, port: 8084, public: true, callers: []}
realtimeService: {name: realtime-service, port: 8085, public: true, callers: []}
simulator: {name: provider-simulator, port: 8090, public: false, callers: [sessionService]}
webApp: {name: web-app, port: 8080, public: true, callers: []}
{{- end -}}

{{/* The Quarkus services the release runs, in order (the simulator only when enabled). */}}
{{- define "wa.serviceKeys" -}}
{{- $keys := list "tenantService" "sessionService" "messageService" "webhookGateway" "realtimeService" -}}
{{- if .Values.simulator.enabled }}{{ $keys = append $keys "simulator" }}{{ end -}}
{{- toYaml $keys -}}
{{- end -}}

{{/* Every component with a Deployment: the services and the web app. */}}
{{- define "wa.componentKeys" -}}
{{- toYaml (append (include "wa.serviceKeys" . | fromYamlArray) "webApp") -}}
{{- end -}}

{{/* dict root key -> the component's registry entry */}}
{{- define "wa.meta" -}}
{{- toYaml (index (include "wa.components" .root | fromYaml) .key) -}}
{{- end -}}

{{- define "wa.componentName" -}}
{{- printf "%s-%s" (include "wa.fullname" .root) (index (include "wa.meta" . | fromYaml) "name") | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* http://<Service of the component> */}}
{{- define "wa.serviceUrl" -}}
{{- printf "http://%s" (include "wa.componentName" .) -}}
{{- end -}}

{{- define "wa.commonLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: wa-platform
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* dict root key */}}
{{- define "wa.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ index (include "wa.meta" . | fromYaml) "name" }}
{{- end -}}

{{- define "wa.labels" -}}
{{ include "wa.commonLabels" .root }}
app.kubernetes.io/component: {{ index (include "wa.meta" . | fromYaml) "name" }}
{{- end -}}

{{/* labels of a pod that belongs to no component (hook Jobs, the test): dict root component */}}
{{- define "wa.jobLabels" -}}
{{ include "wa.commonLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* dict root image(values of the component's image) */}}
{{- define "wa.image" -}}
{{- $tag := .image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .image.repository $tag -}}
{{- end -}}

{{- define "wa.serviceAccountName" -}}
{{- .Values.serviceAccount.name | default (include "wa.fullname" .) -}}
{{- end -}}

{{- define "wa.publicUrl" -}}
{{- if .Values.global.publicUrl -}}
{{- trimSuffix "/" .Values.global.publicUrl -}}
{{- else -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host -}}
{{- end -}}
{{- end -}}

{{- define "wa.keycloakInternalUrl" -}}
{{- trimSuffix "/" (.Values.keycloak.internalUrl | default .Values.keycloak.url) -}}
{{- end -}}

{{- define "wa.production" -}}
{{- if eq .Values.global.environment "production" }}true{{ end -}}
{{- end -}}

{{/* The pod-level settings every pod of the chart shares. */}}
{{- define "wa.podCommon" -}}
serviceAccountName: {{ include "wa.serviceAccountName" . }}
automountServiceAccountToken: false
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- end -}}

{{- define "wa.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpVolume.sizeLimit }}
{{- end -}}

{{/* dict root key: nodeSelector, tolerations, affinity and the spread over zones and nodes */}}
{{- define "wa.scheduling" -}}
{{- $c := index .root.Values .key -}}
{{- with $c.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $c.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $c.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if .root.Values.topologySpread.enabled }}
topologySpreadConstraints:
  {{- range .root.Values.topologySpread.topologyKeys }}
  - maxSkew: {{ $.root.Values.topologySpread.maxSkew }}
    topologyKey: {{ . }}
    whenUnsatisfiable: {{ $.root.Values.topologySpread.whenUnsatisfiable }}
    labelSelector:
      matchLabels:
        {{- include "wa.selectorLabels" $ | nindent 8 }}
  {{- end }}
{{- end }}
{{- end -}}

{{/* dict root key: the smallest number of pods the component runs */}}
{{- define "wa.minReplicas" -}}
{{- $c := index .root.Values .key -}}
{{- if and $c.autoscaling $c.autoscaling.enabled }}{{ $c.autoscaling.minReplicas }}{{ else }}{{ $c.replicaCount }}{{ end -}}
{{- end -}}

{{/* dict root key: preStop sleep + shutdown delay + shutdown timeout + 10 s, or the component's own larger value */}}
{{- define "wa.gracePeriod" -}}
{{- $c := index .root.Values .key -}}
{{- $shutdown := $c.shutdown | default (dict "delaySeconds" 0 "timeoutSeconds" 10) -}}
{{- $min := add .root.Values.preStopSleepSeconds $shutdown.delaySeconds $shutdown.timeoutSeconds 10 -}}
{{- if kindIs "invalid" $c.terminationGracePeriodSeconds -}}
{{- $min -}}
{{- else if lt (int $c.terminationGracePeriodSeconds) (int $min) -}}
{{- fail (printf "%s.terminationGracePeriodSeconds (%v) must be at least preStopSleepSeconds + shutdown delay + shutdown timeout + 10 = %v" .key $c.terminationGracePeriodSeconds $min) -}}
{{- else -}}
{{- $c.terminationGracePeriodSeconds -}}
{{- end -}}
{{- end -}}

{{- define "wa.jobSelectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
The public paths (the local edge, deploy/edge/nginx.conf.template, routes the same): the longest prefix wins.
/q/** is on no list: the services' health, metrics and OpenAPI stay inside the cluster (/q/... reaches the web
app, which answers 404).
*/}}
{{- define "wa.publicPaths" -}}
- {path: /api/admin/credentials, type: Prefix, to: sessionService}
- {path: /api/admin/connections, type: Prefix, to: sessionService}
- {path: /api/admin/messages, type: Prefix, to: messageService}
- {path: /api/admin/webhooks, type: Prefix, to: webhookGateway}
- {path: /api/admin, type: Prefix, to: tenantService}
- {path: /api/tenant, type: Prefix, to: tenantService}
- {path: /api/audit, type: Prefix, to: tenantService}
- {path: /api/connections, type: Prefix, to: sessionService}
- {path: /api/conversations, type: Prefix, to: messageService}
- {path: /api/contacts, type: Prefix, to: messageService}
- {path: /api/quick-replies, type: Prefix, to: messageService}
- {path: /api/reports, type: Prefix, to: messageService}
- {path: /api/automation, type: Prefix, to: messageService}
- {path: /webhooks, type: Prefix, to: webhookGateway}
- {path: /ws, type: Exact, to: realtimeService}
- {path: /, type: Prefix, to: webApp}
{{- end -}}

{{/* dict root topic: a topic's settings, min.insync.replicas included */}}
{{- define "wa.topicConfig" -}}
{{- toYaml (merge (deepCopy (.topic.config | default dict)) (dict "min.insync.replicas" (toString .root.Values.kafka.topics.minInsyncReplicas))) -}}
{{- end -}}

{{/* settings as kafka-configs --add-config takes them: k=v,k=v (a value with commas in brackets) */}}
{{- define "wa.kafkaConfigList" -}}
{{- $pairs := list -}}
{{- range $k, $v := . }}
{{- $pairs = append $pairs (printf "%s=%s" $k (ternary (printf "[%s]" $v) (toString $v) (contains "," (toString $v)))) }}
{{- end }}
{{- join "," $pairs -}}
{{- end -}}

{{/* dict root key: replicas (unless autoscaled), rollout and selector of a component's Deployment */}}
{{- define "wa.deploymentSpec" -}}
{{- $c := index .root.Values .key -}}
{{- if not (and $c.autoscaling $c.autoscaling.enabled) }}
replicas: {{ $c.replicaCount }}
{{- end }}
revisionHistoryLimit: 5
strategy:
  type: RollingUpdate
  rollingUpdate:
    maxUnavailable: 0
    maxSurge: 1
selector:
  matchLabels:
    {{- include "wa.selectorLabels" . | nindent 4 }}
{{- end -}}

{{/* dict root resources: what every container of the chart has (more volumeMounts may follow) */}}
{{- define "wa.containerBasics" -}}
securityContext:
  {{- toYaml .root.Values.containerSecurityContext | nindent 2 }}
resources:
  {{- toYaml .resources | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end -}}
