// The built CLI run as CI or a hook runs it: in a chosen folder, with a chosen environment.
export { CLI, cli, ROOT } from '../helpers/cli.js';
