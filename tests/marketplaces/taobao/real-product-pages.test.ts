import { describeRealPages, type KeyDisagreements } from '../../support/page-suite';

/** Where we are sure the answer key is wrong: page → field → why. */
const DISAGREEMENTS: KeyDisagreements = {};

describeRealPages('taobao/product/', DISAGREEMENTS);
