import { describeListingPages } from '../../support/cn-listing-pages';

describeListingPages('jd');
