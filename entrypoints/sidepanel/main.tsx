import { render } from 'preact';

render(<p>Listing Lens</p>, document.getElementById('app')!);
