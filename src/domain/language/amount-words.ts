// How many, as people type it in a relative date ("in two weeks", "a day ago", "3 days ago").

// Up to ten in words: nobody writes "in twenty-three days" rather than "in 23 days".
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The amount a lower-case word or digits say ("3", "three", "a"), or undefined. */
export function amountOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}
