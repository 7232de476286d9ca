/** The 选址建议 tab (suggested sites by greedy maximal covering). */
export function SuggestionForm() {
  return <div className="suggestion-form" data-testid="suggestion-form" />;
}
