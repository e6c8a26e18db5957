import type { TFunction } from 'i18next';
import type { ConversationsReport, MessagesReport, NumberHealth, StatusesReport } from './api';
import { toCsv } from './csv';
import { HEALTH_STATES } from './NumbersHealth';

/** What each report's CSV holds: raw figures (seconds, counts) that a spreadsheet can compute with. */
export interface CsvNames {
  t: TFunction;
  from: string;
  to: string;
  numberName: (id: string) => string;
  agentName: (id: string) => string;
}

function file(name: string, { from, to }: CsvNames, text: string) {
  return { fileName: `${name}-${from}-${to}.csv`, text };
}

export function messagesCsv(report: MessagesReport, n: CsvNames) {
  const { t } = n;
  const rows = [...report.days]
    .sort((a, b) => a.day.localeCompare(b.day) || n.numberName(a.connectionId).localeCompare(n.numberName(b.connectionId)))
    .map((r) => [r.day, n.numberName(r.connectionId), r.connectionId, r.received, r.sent]);
  return file('messages', n, toCsv(
    [t('reports.day'), t('reports.number'), t('reports.csvHeaders.numberId'), t('reports.messages.received'), t('reports.messages.sent')],
    rows,
  ));
}

export function conversationsCsv(report: ConversationsReport, n: CsvNames) {
  const { t } = n;
  const header = [
    t('reports.csvHeaders.kind'),
    t('reports.csvHeaders.name'),
    t('reports.csvHeaders.id'),
    t('reports.conversations.opened'),
    t('reports.conversations.resolved'),
    t('reports.csvHeaders.firstResponseSeconds'),
    t('reports.csvHeaders.firstResponseCount'),
    t('reports.csvHeaders.resolutionSeconds'),
    t('reports.csvHeaders.resolutionCount'),
  ];
  const rows = [
    [t('reports.csvHeaders.all'), '', '', report.opened, report.resolved, ...medians(report)],
    ...report.byNumber.map((r) => [t('reports.number'), n.numberName(r.connectionId), r.connectionId, r.opened, r.resolved, ...medians(r)]),
    ...report.byAgent.map((r) => [t('reports.agent'), n.agentName(r.agentId), r.agentId, null, r.resolved, ...medians(r)]),
  ];
  return file('conversations', n, toCsv(header, rows));
}

function medians(r: Pick<ConversationsReport, 'firstResponse' | 'resolution'>) {
  return [r.firstResponse.medianSeconds ?? null, r.firstResponse.count, r.resolution.medianSeconds ?? null, r.resolution.count];
}

export function statusesCsv(report: StatusesReport, n: CsvNames) {
  const { t } = n;
  return file('statuses', n, toCsv(
    [t('reports.statuses.status'), t('reports.statuses.code'), t('reports.statuses.meaning'), t('reports.statuses.count')],
    [
      ...report.byStatus.map((s) => [s.status, null, null, s.count]),
      ...report.failedByErrorCode.map((f) => ['FAILED', f.code, f.title ?? null, f.count]),
    ],
  ));
}

export function healthCsv(numbers: NumberHealth[], n: CsvNames) {
  const { t } = n;
  return file('numbers-health', n, toCsv(
    [t('reports.number'), t('reports.csvHeaders.numberId'), t('reports.health.disconnections'), ...HEALTH_STATES.map((s) => `${s} (s)`)],
    numbers.map((h) => [h.name, h.connectionId, h.disconnections, ...HEALTH_STATES.map((s) => h.secondsByState[s] ?? 0)]),
  ));
}
