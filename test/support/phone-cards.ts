// Cards as phones write them to a CardDAV server: client-made UIDs, Apple's item groups with
// X-ABLabel, IMPP, RELATED, X- properties and an embedded photo.
export const IPHONE_CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.4//EN',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'ORG:Analytical Engines;Research',
  'TITLE:Engineer',
  'item1.EMAIL;type=INTERNET;type=pref:ada@example.com',
  'item1.X-ABLabel:_$!<Other>!$_',
  'TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000',
  'item2.TEL:+44 20 7946 0999',
  'item2.X-ABLabel:Switchboard',
  "item3.ADR;type=HOME:;;12 St James's Square;London;;SW1Y 4JH;United Kingdom",
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10',
  'IMPP;X-SERVICE-TYPE=Skype;type=pref:skype:ada.l',
  'RELATED;TYPE=spouse:William King',
  'X-SOCIALPROFILE;type=twitter:https://twitter.com/ada',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGC',
  ' QgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgA',
  ' QEAAAAAAA/9oACAEBAAA/ANLAB//Z',
  'UID:2E4F6A1B-7C8D-4E9F-A0B1-C2D3E4F5A6B7',
  'END:VCARD',
  '',
].join('\r\n');

/** The iPhone card with another UID, name and e-mail (the rest as the phone wrote it). */
export function phoneCard(uid: string, name: string, email: string, phone = '+44 20 7946 0000') {
  const [given = name, family = ''] = name.split(' ');
  return IPHONE_CARD.replace('2E4F6A1B-7C8D-4E9F-A0B1-C2D3E4F5A6B7', uid)
    .replace('FN:Ada Lovelace', `FN:${name}`)
    .replace('N:Lovelace;Ada;;;', `N:${family};${given};;;`)
    .replace('ada@example.com', email)
    .replace('+44 20 7946 0000', phone);
}
