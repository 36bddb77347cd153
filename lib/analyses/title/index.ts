export { keywordCoverage, parseKeywordList, TITLE_FRONT, type CoverageOptions, type KeywordImport } from './keywords';
export { scoreTitle, type TitleContext } from './score-title';
export { suggestKeywords, type CompetitorTitle, type SuggestOptions } from './suggest';
export { charCount, cnBytes, tokenize, utf8Bytes, type Token } from './tokens';
