import './components/jg-app'
