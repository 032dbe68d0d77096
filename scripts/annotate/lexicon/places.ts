/**
 * Countries, with the words the news uses for them: names, demonyms and capitals used by metonymy
 * ("Beijing criticized …"). Keys are ISO 3166-1 alpha-2 codes.
 */
export interface Place {
  code: string;
  names: readonly string[];
  demonyms: readonly string[];
  capitals: readonly string[];
}

export const places: readonly Place[] = [
  { code: 'CN', names: ['China', "People's Republic of China", 'PRC', 'Chinese mainland'], demonyms: ['Chinese', 'Sino'], capitals: ['Beijing'] },
  { code: 'RU', names: ['Russia', 'Russian Federation'], demonyms: ['Russian'], capitals: ['Moscow', 'Kremlin'] },
  { code: 'US', names: ['United States', 'US', 'U.S.', 'USA', 'America', 'United States of America'], demonyms: ['American', 'US', 'U.S.'], capitals: ['Washington', 'White House', 'Pentagon'] },
  { code: 'UA', names: ['Ukraine'], demonyms: ['Ukrainian'], capitals: ['Kiev', 'Kyiv'] },
  { code: 'GB', names: ['Britain', 'United Kingdom', 'UK', 'U.K.', 'Great Britain'], demonyms: ['British'], capitals: ['London', 'Downing Street'] },
  { code: 'FR', names: ['France'], demonyms: ['French'], capitals: ['Paris', 'Elysee', 'Élysée'] },
  { code: 'DE', names: ['Germany'], demonyms: ['German'], capitals: ['Berlin'] },
  { code: 'IT', names: ['Italy'], demonyms: ['Italian'], capitals: ['Rome'] },
  { code: 'ES', names: ['Spain'], demonyms: ['Spanish'], capitals: ['Madrid'] },
  { code: 'JP', names: ['Japan'], demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { code: 'KR', names: ['South Korea', 'Republic of Korea', 'ROK', 'S. Korea', 'Korea'], demonyms: ['South Korean'], capitals: ['Seoul'] },
  { code: 'KP', names: ['North Korea', 'N. Korea', 'DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean'], capitals: ['Pyongyang'] },
  { code: 'IN', names: ['India'], demonyms: ['Indian'], capitals: ['New Delhi'] },
  { code: 'PK', names: ['Pakistan'], demonyms: ['Pakistani'], capitals: ['Islamabad'] },
  { code: 'IR', names: ['Iran'], demonyms: ['Iranian'], capitals: ['Tehran'] },
  { code: 'IQ', names: ['Iraq'], demonyms: ['Iraqi'], capitals: ['Baghdad'] },
  { code: 'SY', names: ['Syria'], demonyms: ['Syrian'], capitals: ['Damascus'] },
  { code: 'TR', names: ['Turkey', 'Türkiye', 'Turkiye'], demonyms: ['Turkish'], capitals: ['Ankara'] },
  { code: 'IL', names: ['Israel'], demonyms: ['Israeli'], capitals: ['Jerusalem', 'Tel Aviv'] },
  { code: 'PS', names: ['Palestine'], demonyms: ['Palestinian'], capitals: ['Ramallah'] },
  { code: 'SA', names: ['Saudi Arabia'], demonyms: ['Saudi'], capitals: ['Riyadh'] },
  { code: 'AE', names: ['United Arab Emirates', 'UAE'], demonyms: ['Emirati'], capitals: ['Abu Dhabi'] },
  { code: 'QA', names: ['Qatar'], demonyms: ['Qatari'], capitals: ['Doha'] },
  { code: 'EG', names: ['Egypt'], demonyms: ['Egyptian'], capitals: ['Cairo'] },
  { code: 'LB', names: ['Lebanon'], demonyms: ['Lebanese'], capitals: ['Beirut'] },
  { code: 'YE', names: ['Yemen'], demonyms: ['Yemeni'], capitals: ['Sanaa', "Sana'a"] },
  { code: 'AF', names: ['Afghanistan'], demonyms: ['Afghan'], capitals: ['Kabul'] },
  { code: 'KZ', names: ['Kazakhstan'], demonyms: ['Kazakh'], capitals: ['Astana', 'Nur-Sultan'] },
  { code: 'UZ', names: ['Uzbekistan'], demonyms: ['Uzbek'], capitals: ['Tashkent', 'Samarkand'] },
  { code: 'KG', names: ['Kyrgyzstan'], demonyms: ['Kyrgyz'], capitals: ['Bishkek'] },
  { code: 'TJ', names: ['Tajikistan'], demonyms: ['Tajik'], capitals: ['Dushanbe'] },
  { code: 'TM', names: ['Turkmenistan'], demonyms: ['Turkmen'], capitals: ['Ashgabat'] },
  { code: 'MN', names: ['Mongolia'], demonyms: ['Mongolian'], capitals: ['Ulaanbaatar'] },
  { code: 'BY', names: ['Belarus'], demonyms: ['Belarusian'], capitals: ['Minsk'] },
  { code: 'PL', names: ['Poland'], demonyms: ['Polish'], capitals: ['Warsaw'] },
  { code: 'HU', names: ['Hungary'], demonyms: ['Hungarian'], capitals: ['Budapest'] },
  { code: 'RS', names: ['Serbia'], demonyms: ['Serbian'], capitals: ['Belgrade'] },
  { code: 'GE', names: ['Georgia'], demonyms: ['Georgian'], capitals: ['Tbilisi'] },
  { code: 'AM', names: ['Armenia'], demonyms: ['Armenian'], capitals: ['Yerevan'] },
  { code: 'AZ', names: ['Azerbaijan'], demonyms: ['Azerbaijani'], capitals: ['Baku'] },
  { code: 'FI', names: ['Finland'], demonyms: ['Finnish'], capitals: ['Helsinki'] },
  { code: 'SE', names: ['Sweden'], demonyms: ['Swedish'], capitals: ['Stockholm'] },
  { code: 'NO', names: ['Norway'], demonyms: ['Norwegian'], capitals: ['Oslo'] },
  { code: 'NL', names: ['Netherlands'], demonyms: ['Dutch'], capitals: ['Amsterdam', 'The Hague'] },
  { code: 'BE', names: ['Belgium'], demonyms: ['Belgian'], capitals: ['Brussels'] },
  { code: 'AT', names: ['Austria'], demonyms: ['Austrian'], capitals: ['Vienna'] },
  { code: 'CH', names: ['Switzerland'], demonyms: ['Swiss'], capitals: ['Bern', 'Geneva'] },
  { code: 'GR', names: ['Greece'], demonyms: ['Greek'], capitals: ['Athens'] },
  { code: 'CA', names: ['Canada'], demonyms: ['Canadian'], capitals: ['Ottawa'] },
  { code: 'MX', names: ['Mexico'], demonyms: ['Mexican'], capitals: ['Mexico City'] },
  { code: 'BR', names: ['Brazil'], demonyms: ['Brazilian'], capitals: ['Brasilia', 'Brasília'] },
  { code: 'AR', names: ['Argentina'], demonyms: ['Argentine', 'Argentinian'], capitals: ['Buenos Aires'] },
  { code: 'VE', names: ['Venezuela'], demonyms: ['Venezuelan'], capitals: ['Caracas'] },
  { code: 'CU', names: ['Cuba'], demonyms: ['Cuban'], capitals: ['Havana'] },
  { code: 'ZA', names: ['South Africa'], demonyms: ['South African'], capitals: ['Pretoria', 'Johannesburg'] },
  { code: 'NG', names: ['Nigeria'], demonyms: ['Nigerian'], capitals: ['Abuja'] },
  { code: 'ET', names: ['Ethiopia'], demonyms: ['Ethiopian'], capitals: ['Addis Ababa'] },
  { code: 'KE', names: ['Kenya'], demonyms: ['Kenyan'], capitals: ['Nairobi'] },
  { code: 'AU', names: ['Australia'], demonyms: ['Australian'], capitals: ['Canberra'] },
  { code: 'NZ', names: ['New Zealand'], demonyms: ['New Zealander'], capitals: ['Wellington'] },
  { code: 'ID', names: ['Indonesia'], demonyms: ['Indonesian'], capitals: ['Jakarta'] },
  { code: 'MY', names: ['Malaysia'], demonyms: ['Malaysian'], capitals: ['Kuala Lumpur'] },
  { code: 'SG', names: ['Singapore'], demonyms: ['Singaporean'], capitals: [] },
  { code: 'TH', names: ['Thailand'], demonyms: ['Thai'], capitals: ['Bangkok'] },
  { code: 'VN', names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'], capitals: ['Hanoi'] },
  { code: 'PH', names: ['Philippines'], demonyms: ['Philippine', 'Filipino'], capitals: ['Manila'] },
  { code: 'MM', names: ['Myanmar'], demonyms: ['Myanmar'], capitals: ['Naypyidaw'] },
  { code: 'TW', names: ['Taiwan'], demonyms: ['Taiwanese'], capitals: ['Taipei'] },
  { code: 'BD', names: ['Bangladesh'], demonyms: ['Bangladeshi'], capitals: ['Dhaka'] },
  { code: 'LK', names: ['Sri Lanka'], demonyms: ['Sri Lankan'], capitals: ['Colombo'] },
  { code: 'NP', names: ['Nepal'], demonyms: ['Nepali', 'Nepalese'], capitals: ['Kathmandu'] },
  { code: 'EU', names: ['European Union', 'EU'], demonyms: ['European'], capitals: [] },
];

/** Nationality adjectives used in "the X side", "X analysts", "X Foreign Ministry". */
export function placeByWord(word: string): Place | undefined {
  const clean = word.replace(/['’]s$/, '');
  return places.find(
    (place) => place.names.includes(clean) || place.demonyms.includes(clean) || place.capitals.includes(clean),
  );
}

/** Every single- or multi-word place word, longest first, for matching in text. */
export const placeWords: readonly string[] = [
  ...new Set(places.flatMap((place) => [...place.names, ...place.demonyms, ...place.capitals])),
].sort((a, b) => b.length - a.length);
