import '../../style/base.css'
import './index.css'
