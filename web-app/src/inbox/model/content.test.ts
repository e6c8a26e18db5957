import { readContent } from './content';

describe('message content adapter', () => {
  it('reads content sent as a JSON string (today) and as an object (soon) the same way', () => {
    const asString = readContent({ type: 'image', content: '{"caption":"Invoice","mime_type":"image/jpeg","id":"9"}' });
    const asObject = readContent({ type: 'image', content: { caption: 'Invoice', mime_type: 'image/jpeg', id: '9' } });
    expect(asString).toEqual(asObject);
    expect(asString).toMatchObject({ caption: 'Invoice', mimeType: 'image/jpeg' });
  });

  it('survives content that is not JSON', () => {
    expect(readContent({ type: 'image', content: 'not json' })).toMatchObject({});
    expect(readContent({ type: 'text', content: null })).toMatchObject({});
  });

  it('reads a Cloud API location and an Evolution one', () => {
    expect(readContent({ type: 'location', content: { latitude: -23.5, longitude: -46.6, name: 'Office' } }).location)
      .toEqual({ latitude: -23.5, longitude: -46.6, name: 'Office', address: undefined });
    expect(readContent({ type: 'location', content: { degreesLatitude: 1, degreesLongitude: 2 } }).location)
      .toMatchObject({ latitude: 1, longitude: 2 });
  });

  it('reads contacts from the Cloud API array and an Evolution vCard', () => {
    expect(
      readContent({
        type: 'contacts',
        content: JSON.stringify([{ name: { formatted_name: 'Ana' }, phones: [{ phone: '+55 11 9999' }] }]),
      }).contacts,
    ).toEqual([{ name: 'Ana', phones: ['+55 11 9999'] }]);
    expect(
      readContent({ type: 'contact', content: { displayName: 'Bia', vcard: 'BEGIN:VCARD\nTEL;type=CELL:+5511888\nEND:VCARD' } })
        .contacts,
    ).toEqual([{ name: 'Bia', phones: ['+5511888'] }]);
  });

  it('reads an interactive reply and an outbound interactive message', () => {
    expect(readContent({ type: 'interactive', content: { type: 'button_reply', button_reply: { id: 'y', title: 'Yes' } } }).interactive)
      .toMatchObject({ reply: 'Yes' });
    const sent = readContent({
      type: 'interactive',
      content: { type: 'button', body: { text: 'Confirm?' }, action: { buttons: [{ reply: { id: 'y', title: 'Yes' } }, { reply: { id: 'n', title: 'No' } }] } },
    });
    expect(sent.interactive).toEqual({ body: 'Confirm?', options: ['Yes', 'No'], reply: undefined });
  });

  it('reads a template name and language', () => {
    expect(readContent({ type: 'template', content: { name: 'welcome', language: { code: 'pt_BR' } } }).template)
      .toEqual({ name: 'welcome', language: 'pt_BR' });
  });

  it('reads the service\'s typed content', () => {
    expect(readContent({ type: 'location', content: { location: { latitude: 1.5, longitude: 2.5, name: 'Shop' } } }).location)
      .toMatchObject({ latitude: 1.5, longitude: 2.5, name: 'Shop' });
    expect(readContent({ type: 'contacts', content: { contacts: [{ name: 'Ana', phones: ['+55 11 9999'] }] } }).contacts)
      .toEqual([{ name: 'Ana', phones: ['+55 11 9999'] }]);
    expect(
      readContent({ type: 'interactive', content: { interactive: { kind: 'buttons', body: 'Confirm?', options: [{ title: 'Yes' }, { title: 'No' }] } } })
        .interactive,
    ).toEqual({ body: 'Confirm?', options: ['Yes', 'No'], reply: undefined });
    expect(readContent({ type: 'interactive', content: { interactive: { kind: 'button_reply', id: 'y', title: 'Yes' } } }).interactive)
      .toMatchObject({ reply: 'Yes' });
    expect(readContent({ type: 'template', content: { template: { name: 'welcome', language: 'pt_BR', parameters: [] } } }).template)
      .toEqual({ name: 'welcome', language: 'pt_BR' });
    expect(readContent({ type: 'document', content: { fileName: 'a.pdf', mimeType: 'application/pdf', caption: 'Invoice' } }))
      .toMatchObject({ filename: 'a.pdf', mimeType: 'application/pdf', caption: 'Invoice' });
  });

  it('reads an outbound media link', () => {
    expect(readContent({ type: 'document', content: { link: 'https://x/a.pdf', filename: 'a.pdf' } }))
      .toMatchObject({ link: 'https://x/a.pdf', filename: 'a.pdf' });
  });
});
