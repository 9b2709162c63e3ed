{{/* Name of an object that belongs to one service: <release>-<service>. */}}
{{- define "portal.serviceName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-portal, or the release name alone when it already says portal. */}}
{{- define "portal.fullname" -}}
{{- if contains "portal" .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-portal" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "portal.labels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
{{ include "portal.podLabels" . }}
{{- end -}}

{{/* Labels of every pod besides its selector labels. */}}
{{- define "portal.podLabels" -}}
app.kubernetes.io/part-of: portal
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Selector labels of one service's pods (stable across upgrades). */}}
{{- define "portal.selectorLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .name }}
{{- end -}}

{{- define "portal.image" -}}
{{- printf "%sportal-%s:%s" .root.Values.image.registry .name .root.Values.image.tag -}}
{{- end -}}

{{/* Secret key of one service's MongoDB URL: MONGO_URL_CHANGE_TICKET. */}}
{{- define "portal.mongoUrlKey" -}}
{{- printf "MONGO_URL_%s" (.name | upper | replace "-" "_") -}}
{{- end -}}

{{- define "portal.mongoSecretName" -}}
{{- .Values.mongo.existingSecret | default (printf "%s-mongo" (include "portal.fullname" .)) -}}
{{- end -}}

{{- define "portal.terminationGracePeriodSeconds" -}}
{{- add .Values.shutdown.preStopSeconds .Values.shutdown.drainSeconds .Values.shutdown.marginSeconds -}}
{{- end -}}
