import { toCsv } from './csv';
import { formatDuration } from './duration';

describe('CSV', () => {
  it('quotes what needs it and keeps a spreadsheet from reading a cell as a formula', () => {
    expect(toCsv(['Day', 'Number'], [['2026-11-01', 'Vendas, SP'], ['2026-11-02', 'Diz "oi"'], ['x', '=1+1'], ['y', null]])).toBe(
      'Day,Number\r\n2026-11-01,"Vendas, SP"\r\n2026-11-02,"Diz ""oi"""\r\nx,"\'=1+1"\r\ny,\r\n',
    );
    expect(toCsv(['n'], [[-3]])).toBe('n\r\n-3\r\n');
  });
});

describe('durations', () => {
  it('are told to the unit that matters, in the person\'s language', () => {
    expect(formatDuration(45, 'en')).toBe('45 sec');
    expect(formatDuration(252, 'en')).toBe('4 min 12 sec');
    expect(formatDuration(7_500, 'pt-BR')).toBe('2 h 5 min');
    expect(formatDuration(3 * 86_400 + 4 * 3_600, 'en')).toBe('3 days 4 hr');
    expect(formatDuration(null, 'en')).toBe('—');
  });
});
