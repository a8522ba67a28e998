import { render } from 'preact';
import '../ui/theme.css';
import { mount } from '../pages/mount';
import { App } from './App';

mount(() => render(<App />, document.getElementById('app')!));
