/**
 * Text as compared by people, not bytes: lower case without accents, so "jose" finds "José", "Málaga" and
 * "malaga" are one tag, and a name written either way is the same name. The one folding rule of the product.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}
