/**
 * People who speak often in diplomatic news, with the country they speak for and the function nouns
 * a text may call them by ("the Russian leader", "the Kremlin spokesman", "China's top diplomat").
 * Used to tie such descriptions to a named person, and to give a country when the text names the person
 * without one. Functions change: this list says who a description can refer to, never a date.
 */
export interface KnownPerson {
  name: string;
  country: string;
  /** Lower-case function nouns that may describe the person. */
  functions: readonly string[];
}

const headOfState = ['leader', 'president', 'head', 'chief', 'counterpart'];
const foreignMinister = ['minister', 'diplomat', 'top diplomat', 'foreign minister', 'counterpart', 'chief', 'head'];
const spokesperson = ['spokesperson', 'spokesman', 'spokeswoman', 'spokesperson', 'official'];

export const knownPeople: readonly KnownPerson[] = [
  { name: 'Vladimir Putin', country: 'RU', functions: headOfState },
  { name: 'Dmitry Medvedev', country: 'RU', functions: ['leader', 'president', 'chairman', 'official'] },
  { name: 'Mikhail Mishustin', country: 'RU', functions: ['premier', 'minister', 'prime minister'] },
  { name: 'Sergei Lavrov', country: 'RU', functions: foreignMinister },
  { name: 'Sergey Lavrov', country: 'RU', functions: foreignMinister },
  { name: 'Dmitry Peskov', country: 'RU', functions: spokesperson },
  { name: 'Maria Zakharova', country: 'RU', functions: spokesperson },
  { name: 'Yuri Ushakov', country: 'RU', functions: ['aide', 'adviser', 'official'] },
  { name: 'Sergei Shoigu', country: 'RU', functions: ['minister', 'secretary', 'official'] },
  { name: 'Andrey Denisov', country: 'RU', functions: ['ambassador', 'envoy', 'diplomat'] },
  { name: 'Xi Jinping', country: 'CN', functions: headOfState },
  { name: 'Li Qiang', country: 'CN', functions: ['premier', 'leader'] },
  { name: 'Li Keqiang', country: 'CN', functions: ['premier', 'leader'] },
  { name: 'Wang Yi', country: 'CN', functions: foreignMinister },
  { name: 'Qin Gang', country: 'CN', functions: foreignMinister },
  { name: 'Yang Jiechi', country: 'CN', functions: ['diplomat', 'top diplomat', 'official', 'chief'] },
  { name: 'Li Zhanshu', country: 'CN', functions: ['legislator', 'lawmaker', 'official', 'leader'] },
  { name: 'Wang Wenbin', country: 'CN', functions: spokesperson },
  { name: 'Zhao Lijian', country: 'CN', functions: spokesperson },
  { name: 'Hua Chunying', country: 'CN', functions: spokesperson },
  { name: 'Mao Ning', country: 'CN', functions: spokesperson },
  { name: 'Lin Jian', country: 'CN', functions: spokesperson },
  { name: 'Guo Jiakun', country: 'CN', functions: spokesperson },
  { name: 'Joe Biden', country: 'US', functions: headOfState },
  { name: 'Donald Trump', country: 'US', functions: headOfState },
  { name: 'Barack Obama', country: 'US', functions: headOfState },
  { name: 'Antony Blinken', country: 'US', functions: foreignMinister.concat(['secretary']) },
  { name: 'Marco Rubio', country: 'US', functions: foreignMinister.concat(['secretary']) },
  { name: 'Volodymyr Zelensky', country: 'UA', functions: headOfState },
  { name: 'Volodymyr Zelenskyy', country: 'UA', functions: headOfState },
  { name: 'Dmytro Kuleba', country: 'UA', functions: foreignMinister },
  { name: 'Emmanuel Macron', country: 'FR', functions: headOfState },
  { name: 'Olaf Scholz', country: 'DE', functions: ['chancellor', 'leader', 'head', 'counterpart'] },
  { name: 'Friedrich Merz', country: 'DE', functions: ['chancellor', 'leader', 'head', 'counterpart'] },
  { name: 'Narendra Modi', country: 'IN', functions: ['premier', 'prime minister', 'leader', 'counterpart'] },
  { name: 'Recep Tayyip Erdogan', country: 'TR', functions: headOfState },
  { name: 'Kim Jong Un', country: 'KP', functions: headOfState },
  { name: 'Kim Jong-un', country: 'KP', functions: headOfState },
  { name: 'Kim Yo-jong', country: 'KP', functions: ['sister', 'official'] },
  { name: 'Antonio Guterres', country: 'UN', functions: ['secretary-general', 'chief', 'head', 'leader'] },
  { name: 'Kaja Kallas', country: 'EU', functions: ['diplomat', 'top diplomat', 'official', 'chief'] },
  { name: 'Ursula von der Leyen', country: 'EU', functions: ['president', 'chief', 'head', 'leader'] },
];

export function knownPerson(name: string): KnownPerson | undefined {
  return knownPeople.find((person) => person.name === name);
}
