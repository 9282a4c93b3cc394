import './components/jg-app'
import { registerServiceWorker } from './pwa'

if (!__JIANGGAO_SINGLE_FILE__ && import.meta.env.PROD) void registerServiceWorker()
