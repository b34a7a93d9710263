// Renderer entry: mounts the app shell.
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import './styles/charts.css';

mount(App, { target: document.getElementById('app')! });
