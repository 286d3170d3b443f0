// A question mark plus one of these reads as a request ("Can you review my PR?").
const REQUEST_WORDS =
  /\b(?:can you|could you|would you|will you|please|need|favou?r|help me|review|intro(?:duce|duction)?|refer(?:ral)?|recommend(?:ation)?|endorse(?:ment)?)\b/i;

// Notes are usually the user's own account ("Asked her to review my doc"), so these read as
// requests even without a question mark. "Asked about"/"asked how" are not asks.
const REQUEST_PHRASES =
  /\b(?:asked (?:\w+ ){0,2}(?:to|for)\b|asked (?:\w+ ){0,2}if (?:\w+ ){0,2}(?:could|can|would)\b|can you|could you|would you mind|favou?r|help me|please|need (?:you|your|help)\b|introduce me|intro me|(?:intro|introduction) to\b|refer me|review my|look at my|sign off on|vouch for me)/i;

/** Whether a conversation note reads like the user wanted something from the other person. */
export function looksLikeAsk(note: string | null | undefined): boolean {
  if (!note) return false;
  if (note.includes('?') && REQUEST_WORDS.test(note)) return true;
  return REQUEST_PHRASES.test(note);
}
